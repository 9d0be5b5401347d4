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

    public static bool IsEmployed(GraduateOutcome? outcome) => outcome is GraduateOutcome.EmployedByOrderingEmployer or GraduateOutcome.EmployedElsewhere;
}
