using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SpecialNeeds.Features.MatchRegistry;

/// <summary>The match's children of one kind (or all), in the list's order: by kind, township and name; for the list and its export alike.</summary>
internal static class MismatchRows
{
    public static IEnumerable<Mismatch> Of(IEnumerable<Mismatch> all, string? kind)
    {
        MismatchKind? parsed = kind is { Length: > 0 } k ? EnumCodes.Parse<MismatchKind>(k) : null;
        return all.Where(m => parsed is null || m.Kind == parsed)
            .OrderBy(m => m.Kind).ThenBy(m => m.TownshipCode, StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.ChildId ?? m.StudentId);
    }
}
