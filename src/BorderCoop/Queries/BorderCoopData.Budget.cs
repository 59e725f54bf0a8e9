namespace BorderCoop;

/// <summary>Budget lines and the totals that may honestly be drawn from them.</summary>
public sealed partial class BorderCoopData
{
    /// <summary>The budget lines matching every given filter; a filter left null matches every line.</summary>
    /// <param name="programId">The program the money is for: an id such as <c>program/merida-initiative</c>, or a name or alias that resolves to one program ("SIU").</param>
    /// <param name="funderId">The agency that provides the money: an id, or a name, acronym or alias that resolves to one agency.</param>
    /// <param name="recipient">A recipient country code (<c>MX</c>, any case), or a recipient agency's id, name, acronym or alias.</param>
    /// <param name="fiscalYear">The U.S. fiscal year; lines for a calendar span have none and never match a fiscal year.</param>
    /// <param name="stage">The stage: request, appropriation, budget or assistance total.</param>
    /// <returns>The lines, in dataset order.</returns>
    /// <remarks>Lines are listed, not added up: see <see cref="BudgetTotalsByFiscalYear"/> for totals that only add like with like.</remarks>
    /// <exception cref="NameResolutionException">A program, funder or recipient names no record of its kind, or several equally well (see <see cref="Resolve{TRecord}"/>).</exception>
    public IReadOnlyList<BudgetLine> FindBudgetLines(
        string? programId = null, string? funderId = null, string? recipient = null, FiscalYear? fiscalYear = null, BudgetStage? stage = null) =>
        Indexes.BudgetLines.Find(
            programId is null ? null : ResolveArgument<CooperationProgram>(programId, nameof(programId)).Id,
            funderId is null ? null : ResolveArgument<Agency>(funderId, nameof(funderId)).Id,
            recipient is null || Guard.IsCountryCode(recipient) ? recipient : ResolveArgument<Agency>(recipient, nameof(recipient)).Id,
            fiscalYear,
            stage);

    /// <summary>
    /// Budget totals by fiscal year that only add like with like (same fiscal year, stage and currency), with every
    /// line they left out and why; optionally only the lines of one program.
    /// </summary>
    /// <param name="programId">A program id or name to restrict the lines to (as for <see cref="FindBudgetLines"/>), or null for every line.</param>
    /// <returns>The totals and the lines left out.</returns>
    /// <exception cref="NameResolutionException"><paramref name="programId"/> names no program, or several equally well.</exception>
    /// <remarks>
    /// A request is never added to an appropriation. Lines for a calendar span (such as assistance "between 2000 and
    /// 2007") are left out of the yearly totals rather than split or overlapped.
    /// </remarks>
    public BudgetSummary BudgetTotalsByFiscalYear(string? programId = null) =>
        BudgetSummary.Of(programId is null ? BudgetLines : FindBudgetLines(programId: programId));
}
