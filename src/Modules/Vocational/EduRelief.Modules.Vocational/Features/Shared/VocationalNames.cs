using EduRelief.Modules.Vocational.Domain;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.Modules.Vocational.Features.Shared;

/// <summary>The names users read for the module's codes, for exports, the student file and the console.</summary>
internal static class VocationalNames
{
    public static UserText Outcome(GraduateOutcome outcome) => outcome switch
    {
        GraduateOutcome.EmployedByOrderingEmployer => new("订单企业录用", "employed by the ordering employer"),
        GraduateOutcome.EmployedElsewhere => new("其他单位就业", "employed elsewhere"),
        GraduateOutcome.FurtherStudy => new("升学", "further study"),
        GraduateOutcome.NotEmployed => new("未就业", "not employed"),
        _ => new(outcome.ToString(), outcome.ToString()),
    };

    /// <summary>A dropout case's reasons, as DropoutControl's codes name them on a referral (Financial, Learning, …).</summary>
    public static UserText DropoutReasons(IEnumerable<string> codes)
    {
        var names = codes.Select(DropoutReason).ToList();
        return new(string.Join("、", names.Select(n => n.Chinese)), string.Join(", ", names.Select(n => n.English)));
    }

    public static bool IsEmployed(GraduateOutcome? outcome) => outcome is GraduateOutcome.EmployedByOrderingEmployer or GraduateOutcome.EmployedElsewhere;

    private static UserText DropoutReason(string code) => code switch
    {
        "Financial" => new("经济困难", "financial"),
        "Learning" => new("厌学或学习困难", "learning"),
        "Family" => new("家庭原因", "family"),
        "Work" => new("外出务工", "work"),
        "Marriage" => new("早婚早育", "marriage"),
        "Illness" => new("疾病", "illness"),
        "Disability" => new("残疾", "disability"),
        "Other" => new("其他", "other"),
        _ => new(code, code),
    };
}
