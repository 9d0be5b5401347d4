namespace EduRelief.Modules.SpecialNeeds.Domain;

internal static class PlacementModes
{
    /// <summary>The modes in which the child is enrolled at a school, counted by the enrolment rate (DOMAIN.md).</summary>
    public static readonly IReadOnlyList<PlacementMode> School = [PlacementMode.RegularClass, PlacementMode.SpecialSchool, PlacementMode.HomeDelivered];

    public static bool IsSchoolMode(this PlacementMode mode) => mode is PlacementMode.RegularClass or PlacementMode.SpecialSchool or PlacementMode.HomeDelivered;
}
