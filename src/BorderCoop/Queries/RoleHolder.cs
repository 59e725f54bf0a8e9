namespace BorderCoop;

/// <summary>A person in one of their roles: what a question about who held an office answers with.</summary>
/// <remarks>
/// <see cref="Id"/> is the person's id (a role is part of its person's record, not a record of its own); the role is
/// <see cref="Person.Roles"/>[<see cref="RoleIndex"/>]. Two holders are equal when person, role and index are equal.
/// </remarks>
public sealed record RoleHolder : IRecord
{
    internal RoleHolder(Person person, int roleIndex)
    {
        Person = person;
        RoleIndex = roleIndex;
        Role = person.Roles[roleIndex];
    }

    /// <summary>The person's id.</summary>
    public string Id => Person.Id;

    /// <summary>The person.</summary>
    public Person Person { get; }

    /// <summary>The role.</summary>
    public PersonRole Role { get; }

    /// <summary>The position of the role in <see cref="Person.Roles"/>, as in the citation path <c>roles[1]</c>.</summary>
    public int RoleIndex { get; }

    /// <summary>The person's name and the role.</summary>
    /// <returns>A one-line form.</returns>
    public override string ToString() => $"{Person.Name}, {Role}";
}
