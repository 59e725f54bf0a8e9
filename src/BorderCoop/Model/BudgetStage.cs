using System.Text.Json.Serialization;
using BorderCoop.Serialization;

namespace BorderCoop;

/// <summary>At which stage of the budget process a <see cref="BudgetLine"/> stands. Totals never add different stages.</summary>
[JsonConverter(typeof(ExactEnumConverter<BudgetStage>))]
public enum BudgetStage
{
    /// <summary>Requested by the executive, not yet appropriated.</summary>
    Request = 0,

    /// <summary>Appropriated by the legislature.</summary>
    Appropriation = 1,

    /// <summary>Budgeted or spent for a program in a year.</summary>
    Budget = 2,

    /// <summary>A total of assistance over a span, as reported by an official.</summary>
    AssistanceTotal = 3,
}
