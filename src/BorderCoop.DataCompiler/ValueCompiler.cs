using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BorderCoop.DataCompiler;

/// <summary>
/// Turns one JSON value into the C# expression that makes the same .NET value the library's JSON contract would:
/// a constructor call for a record, an array for a list, a literal for text, numbers and enum values, a call to
/// <c>Parse</c> for a type that the contract writes as text (dates, periods, fiscal years).
/// </summary>
/// <remarks>
/// The rules are the contract's own (see <c>BorderCoopJson</c>): the constructor marked <c>[JsonConstructor]</c> (or
/// the only public one) is the contract; each parameter is the property of the same name, under its
/// <c>[JsonPropertyName]</c> or camelCase; a property is required unless its parameter is nullable or has a default;
/// null only where the type is nullable; no unknown property; enum values only in lower kebab case. Whatever the
/// generator cannot compile under those rules is a build error at that value, never a guess.
/// </remarks>
internal sealed class ValueCompiler
{
    private const string JsonNamespace = "System.Text.Json.Serialization";

    private readonly Action<JsonNode, string> report;

    /// <summary>Creates a compiler that reports what it cannot compile to <paramref name="report"/>.</summary>
    /// <param name="report">Called with a value that cannot be compiled and the reason.</param>
    public ValueCompiler(Action<JsonNode, string> report) => this.report = report;

    /// <summary>The C# expression for <paramref name="node"/> read as <paramref name="type"/>, or null after a report.</summary>
    /// <param name="node">The JSON value.</param>
    /// <param name="type">The .NET type it is read as, with its nullable annotation.</param>
    /// <param name="indent">The indentation of the line the expression starts on.</param>
    public string? Compile(JsonNode node, ITypeSymbol type, int indent)
    {
        if (node.Kind == JsonKind.Null)
        {
            if (IsNullable(type))
            {
                return "null";
            }

            return Fail(node, $"null is not allowed for {Display(type)}");
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return node.Kind == JsonKind.String ? SymbolDisplay.FormatLiteral(node.Text, quote: true) : Expected(node, "a string");
            case SpecialType.System_Boolean:
                return node.Kind is JsonKind.True or JsonKind.False ? node.Text : Expected(node, "true or false");
            case SpecialType.System_Decimal:
                return node.Kind == JsonKind.Number ? node.Text + "m" : Expected(node, "a number");
            case SpecialType.System_Int32:
                return node.Kind == JsonKind.Number && int.TryParse(node.Text, out _) ? node.Text : Expected(node, "a whole number");
            case SpecialType.System_Int64:
                return node.Kind == JsonKind.Number && long.TryParse(node.Text, out _) ? node.Text + "L" : Expected(node, "a whole number");
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return CompileEnum(node, (INamedTypeSymbol)type);
        }

        if (ElementTypeOfList(type) is { } elementType)
        {
            return CompileList(node, elementType, indent);
        }

        if (HasAttribute(type, "JsonConverterAttribute"))
        {
            return CompileTextForm(node, type);
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Class } named)
        {
            return CompileObject(node, named, indent);
        }

        return Fail(node, $"the generator does not know how to compile {Display(type)}");
    }

    private string? CompileEnum(JsonNode node, INamedTypeSymbol type)
    {
        if (node.Kind != JsonKind.String)
        {
            return Expected(node, "a string");
        }

        foreach (var member in type.GetMembers().OfType<IFieldSymbol>())
        {
            if (member.HasConstantValue && JsonNames.KebabCaseLower(member.Name) == node.Text)
            {
                return $"{Display(type)}.{member.Name}";
            }
        }

        return Fail(node, $"'{node.Text}' is not a value of {type.Name}");
    }

    private string? CompileList(JsonNode node, ITypeSymbol elementType, int indent)
    {
        if (node.Kind != JsonKind.Array)
        {
            return Expected(node, "an array");
        }

        if (node.Items.Count == 0)
        {
            return $"global::System.Array.Empty<{Display(elementType)}>()";
        }

        var builder = new StringBuilder();
        builder.Append("new ").Append(Display(elementType)).Append("[]").AppendLine();
        builder.Append(' ', indent).AppendLine("{");
        var failed = false;
        foreach (var item in node.Items)
        {
            var value = Compile(item, elementType, indent + 4);
            failed |= value is null;
            builder.Append(' ', indent + 4).Append(value).AppendLine(",");
        }

        builder.Append(' ', indent).Append('}');
        return failed ? null : builder.ToString();
    }

    /// <summary>A type the contract writes as text and reads with its own converter: compiled as a call to its <c>Parse</c>.</summary>
    private string? CompileTextForm(JsonNode node, ITypeSymbol type)
    {
        var parse = type.GetMembers("Parse").OfType<IMethodSymbol>().FirstOrDefault(m =>
            m.IsStatic
            && m.DeclaredAccessibility == Accessibility.Public
            && m.Parameters.Length == 1
            && m.Parameters[0].Type.SpecialType == SpecialType.System_String
            && SymbolEqualityComparer.Default.Equals(m.ReturnType, type));
        if (parse is null)
        {
            return Fail(node, $"{type.Name} has its own JSON converter but no public static Parse(string) to compile its text with");
        }

        return node.Kind == JsonKind.String
            ? $"{Display(type)}.Parse({SymbolDisplay.FormatLiteral(node.Text, quote: true)})"
            : Expected(node, "a string");
    }

    private string? CompileObject(JsonNode node, INamedTypeSymbol type, int indent)
    {
        if (node.Kind != JsonKind.Object)
        {
            return Expected(node, "an object");
        }

        var constructor = ContractConstructor(type);
        if (constructor is null)
        {
            return Fail(node, $"{type.Name} has no [JsonConstructor] and not exactly one public constructor");
        }

        var given = node.Properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var arguments = new List<string>();
        var failed = false;
        foreach (var parameter in constructor.Parameters)
        {
            var jsonName = JsonNameOf(type, parameter);
            if (jsonName is null)
            {
                failed = true;
                Fail(node, $"the parameter '{parameter.Name}' of {type.Name} has no property of the same name");
                continue;
            }

            var name = SyntaxFacts.GetKeywordKind(parameter.Name) == SyntaxKind.None ? parameter.Name : "@" + parameter.Name;
            if (given.TryGetValue(jsonName, out var value))
            {
                given.Remove(jsonName);
                var compiled = Compile(value, parameter.Type, indent + 4);
                failed |= compiled is null;
                arguments.Add($"{name}: {compiled}");
            }
            else if (parameter.HasExplicitDefaultValue)
            {
                // Left out, as the serializer leaves it: the constructor's default applies.
            }
            else if (IsNullable(parameter.Type))
            {
                arguments.Add($"{name}: null");
            }
            else
            {
                failed = true;
                Fail(node, $"{type.Name} requires the property '{jsonName}'");
            }
        }

        foreach (var unknown in given)
        {
            failed = true;
            Fail(unknown.Value, $"{type.Name} has no property '{unknown.Key}'");
        }

        if (failed)
        {
            return null;
        }

        var builder = new StringBuilder();
        builder.Append("new ").Append(Display(type)).Append('(');
        for (var i = 0; i < arguments.Count; i++)
        {
            builder.AppendLine().Append(' ', indent + 4).Append(arguments[i]).Append(i + 1 < arguments.Count ? "," : ")");
        }

        if (arguments.Count == 0)
        {
            builder.Append(')');
        }

        return builder.ToString();
    }

    /// <summary>The constructor the serializer uses: the one marked <c>[JsonConstructor]</c>, else the only public one.</summary>
    private static IMethodSymbol? ContractConstructor(INamedTypeSymbol type)
    {
        var constructors = type.InstanceConstructors;
        var marked = constructors.Where(c => HasAttribute(c, "JsonConstructorAttribute")).ToList();
        if (marked.Count == 1)
        {
            return marked[0];
        }

        var isCopyConstructor = new Func<IMethodSymbol, bool>(c =>
            c.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(c.Parameters[0].Type, type));
        var open = constructors.Where(c => c.DeclaredAccessibility == Accessibility.Public && !isCopyConstructor(c)).ToList();
        return marked.Count == 0 && open.Count == 1 ? open[0] : null;
    }

    /// <summary>
    /// The JSON name of a constructor parameter: that of the property it sets (matched by name, ignoring case, as the
    /// serializer matches), given by <c>[JsonPropertyName]</c> or else in camelCase.
    /// </summary>
    private static string? JsonNameOf(INamedTypeSymbol type, IParameterSymbol parameter)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.IsStatic || !string.Equals(property.Name, parameter.Name, StringComparison.OrdinalIgnoreCase)
                    || HasAttribute(property, "JsonIgnoreAttribute"))
                {
                    continue;
                }

                var renamed = property.GetAttributes().FirstOrDefault(a => IsJsonAttribute(a.AttributeClass, "JsonPropertyNameAttribute"));
                return renamed?.ConstructorArguments.FirstOrDefault().Value as string ?? JsonNames.CamelCase(property.Name);
            }
        }

        return null;
    }

    /// <summary>The element type when <paramref name="type"/> is an array or a list interface the serializer fills.</summary>
    private static ITypeSymbol? ElementTypeOfList(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol { Rank: 1 } array)
        {
            return array.ElementType;
        }

        if (type is INamedTypeSymbol { IsGenericType: true, TypeKind: TypeKind.Interface } named)
        {
            var definition = named.OriginalDefinition.SpecialType;
            if (definition is SpecialType.System_Collections_Generic_IReadOnlyList_T
                or SpecialType.System_Collections_Generic_IReadOnlyCollection_T
                or SpecialType.System_Collections_Generic_IEnumerable_T
                or SpecialType.System_Collections_Generic_IList_T
                or SpecialType.System_Collections_Generic_ICollection_T)
            {
                return named.TypeArguments[0];
            }
        }

        return null;
    }

    private static bool IsNullable(ITypeSymbol type) =>
        type.NullableAnnotation == NullableAnnotation.Annotated
        || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;

    private static bool HasAttribute(ISymbol symbol, string name) =>
        symbol.GetAttributes().Any(a => IsJsonAttribute(a.AttributeClass, name));

    private static bool IsJsonAttribute(INamedTypeSymbol? attribute, string name) =>
        attribute is not null && attribute.Name == name && attribute.ContainingNamespace.ToDisplayString() == JsonNamespace;

    private static string Display(ITypeSymbol type) =>
        type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

    private string? Expected(JsonNode node, string expected) => Fail(node, $"expected {expected}, found {node.Description}");

    private string? Fail(JsonNode node, string message)
    {
        report(node, message);
        return null;
    }
}
