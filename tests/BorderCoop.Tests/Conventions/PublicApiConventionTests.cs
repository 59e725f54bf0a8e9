using System.Reflection;

namespace BorderCoop.Tests.Conventions;

/// <summary>Rules every public type of the library follows, checked by reflection.</summary>
public sealed class PublicApiConventionTests
{
    private static readonly Type[] PublicTypes = typeof(BorderCoopData).Assembly.GetExportedTypes();

    [Fact]
    public void TheLibraryExportsTypes()
    {
        PublicTypes.Should().Contain([typeof(BorderCoopData), typeof(Agreement), typeof(PartialDate)]);
    }

    [Fact]
    public void EveryPublicClass_IsSealedOrAbstractOrStatic()
    {
        PublicTypes.Where(t => t.IsClass).Should().OnlyContain(t => t.IsSealed || t.IsAbstract, "types are not designed for inheritance");
    }

    [Fact]
    public void NoPublicType_HasAPublicSetterOrInit()
    {
        var writable = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        writable.Should().BeEmpty();
    }

    [Fact]
    public void NoPublicType_HasAPublicField()
    {
        var fields = PublicTypes.Where(t => !t.IsEnum)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsLiteral)
            .Select(f => $"{f.DeclaringType!.Name}.{f.Name}");

        fields.Should().BeEmpty();
    }

    [Fact]
    public void CollectionProperties_AreReadOnlyLists()
    {
        var offenders = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.PropertyType != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(p.PropertyType))
            .Where(p => !(p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}: {p.PropertyType.Name}");

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void ListsInTheLoadedData_CannotBeCastToMutableCollections()
    {
        var data = BorderCoopData.Default;

        (data.Agreements is ICollection<Agreement> { IsReadOnly: false }).Should().BeFalse();
        (data.Agreements[0].Citations is ICollection<Citation> { IsReadOnly: false }).Should().BeFalse();
        (data.People[0].Roles is ICollection<PersonRole> { IsReadOnly: false }).Should().BeFalse();
    }
}
