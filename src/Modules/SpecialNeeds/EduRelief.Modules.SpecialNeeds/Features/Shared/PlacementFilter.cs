using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SpecialNeeds.Features.Shared;

/// <summary>
/// The children list's <c>placement</c> filter: <c>School</c> (a plan in a school mode in force), <c>Unplaced</c> (none
/// in a school mode: the figures' unplaced), <c>None</c> (no plan at all) or one mode.
/// </summary>
internal sealed record PlacementFilter(string Value)
{
    public const string School = "School";
    public const string Unplaced = "Unplaced";
    public const string None = "None";

    public PlacementMode? Mode => EnumCodes.TryParse<PlacementMode>(Value, out var mode) ? mode : null;

    public static void Validate(ValidationErrors errors, string field, string? value)
    {
        if (value is null || value.Trim() is School or Unplaced or None || EnumCodes.TryParse<PlacementMode>(value, out _))
        {
            return;
        }

        var allowed = string.Join(", ", [School, Unplaced, None, .. Enum.GetNames<PlacementMode>()]);
        errors.Add(field, new UserText($"'{value}' 不是有效值，可选：{allowed}", $"'{value}' is not one of: {allowed}"));
    }
}
