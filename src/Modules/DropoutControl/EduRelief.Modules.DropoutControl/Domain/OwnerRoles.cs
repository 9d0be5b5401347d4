namespace EduRelief.Modules.DropoutControl.Domain;

/// <summary>The request field that names each owner, as <c>owners.government.county</c>.</summary>
internal static class OwnerRoles
{
    public static IReadOnlyList<OwnerRole> All { get; } = Enum.GetValues<OwnerRole>();

    public static string Field(OwnerRole role) => role switch
    {
        OwnerRole.County => "owners.government.county",
        OwnerRole.Township => "owners.government.township",
        OwnerRole.Village => "owners.government.village",
        OwnerRole.Bureau => "owners.education.bureau",
        OwnerRole.School => "owners.education.school",
        _ => "owners.education.classTeacher",
    };
}
