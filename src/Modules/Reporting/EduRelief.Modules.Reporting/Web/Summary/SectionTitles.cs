using EduRelief.Modules.Reporting.Domain;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.Modules.Reporting.Web.Summary;

/// <summary>The document's section headings, as the county's summary words them.</summary>
internal static class SectionTitles
{
    public static UserText Of(string section) => Enum.Parse<ReportSection>(section) switch
    {
        ReportSection.Organisation => new("组织领导", "Organisation"),
        ReportSection.Identification => new("精准识别", "Identification"),
        ReportSection.SchoolConditions => new("改善办学条件", "School conditions"),
        ReportSection.Subsidies => new("落实资助政策", "Subsidies"),
        ReportSection.Teachers => new("加强师资建设", "Teachers"),
        ReportSection.SpecialGroups => new("关爱特殊群体", "Special groups"),
        ReportSection.DropoutControl => new("控辍保学", "Dropout control"),
        ReportSection.AspirationAndSkills => new("志智双扶", "Aspiration and skills"),
        ReportSection.Vocational => new("职业教育扶贫", "Vocational education"),
        ReportSection.Results => new("工作成效", "Results"),
        ReportSection.ProblemsAndNextSteps => new("问题与下一步", "Problems and next steps"),
        var other => throw new ArgumentOutOfRangeException(nameof(section), other, null),
    };
}
