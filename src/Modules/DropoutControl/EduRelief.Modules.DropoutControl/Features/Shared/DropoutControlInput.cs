using EduRelief.Modules.DropoutControl.Domain;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.DropoutControl.Features.Shared;

/// <summary>Checks of input shape the module's validators share.</summary>
internal static class DropoutControlInput
{
    public const int NameLength = 100;

    /// <summary>Each owner's name at most <see cref="NameLength"/>; with <paramref name="all"/> every role must be named.</summary>
    public static void Owners(this ValidationErrors errors, OwnersInput? owners, bool all)
    {
        foreach (var role in OwnerRoles.All)
        {
            var name = owners?.Of(role);
            if (all && string.IsNullOrWhiteSpace(name))
            {
                errors.Add(OwnerRoles.Field(role), DropoutControlText.OwnerNeeded());
            }

            errors.MaxLength(OwnerRoles.Field(role), name?.Trim(), NameLength);
        }
    }

    /// <summary>At least one reason, each a <see cref="DropoutReason"/> and none twice (<c>reasons[i]</c>).</summary>
    public static void Reasons(this ValidationErrors errors, IReadOnlyList<string?>? reasons)
    {
        if (reasons is null || reasons.Count == 0)
        {
            errors.Add("reasons", DropoutControlText.NoneGiven());
            return;
        }

        var seen = new HashSet<DropoutReason>();
        for (var i = 0; i < reasons.Count; i++)
        {
            if (errors.Enum<DropoutReason>($"reasons[{i}]", reasons[i]) is { } reason && !seen.Add(reason))
            {
                errors.Add($"reasons[{i}]", DropoutControlText.Repeated(reason));
            }
        }
    }

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
