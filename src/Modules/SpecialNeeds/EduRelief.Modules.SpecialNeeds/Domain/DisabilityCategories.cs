using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SpecialNeeds.Domain;

/// <summary>A disability category as a list writes it: the code (<c>Visual</c>) or the federation's Chinese (视力, 视力残疾).</summary>
internal static class DisabilityCategories
{
    private static readonly Dictionary<string, DisabilityCategory> Chinese = new(StringComparer.Ordinal)
    {
        ["视力"] = DisabilityCategory.Visual, ["听力"] = DisabilityCategory.Hearing, ["言语"] = DisabilityCategory.Speech,
        ["肢体"] = DisabilityCategory.Physical, ["智力"] = DisabilityCategory.Intellectual, ["精神"] = DisabilityCategory.Mental,
        ["多重"] = DisabilityCategory.Multiple, ["其他"] = DisabilityCategory.Other,
    };

    public static bool TryParse(string text, out DisabilityCategory category)
    {
        var trimmed = text.Trim();
        if (EnumCodes.TryParse(trimmed, out category))
        {
            return true;
        }

        var chinese = trimmed.EndsWith("残疾", StringComparison.Ordinal) ? trimmed[..^2] : trimmed;
        return Chinese.TryGetValue(chinese, out category);
    }
}
