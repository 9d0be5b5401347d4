using EduRelief.BuildingBlocks.Export;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Web.Shared;

namespace EduRelief.Modules.Registry.Features.ExportStudents;

/// <summary>The student list as a file: the columns the console's list shows, headers and labels in Chinese.</summary>
internal static class StudentExportColumns
{
    public static readonly IReadOnlyList<string> Headers =
        ["身份证号", "姓名", "学校代码", "学校", "乡镇", "学段", "年级", "寄宿", "困难类别", "留守", "残疾", "状态", "入学日期"];

    public static ExportCell[] Row(StudentDto s, ExportedSchool school) =>
    [
        s.NationalId, s.Name, s.SchoolCode, school.Name, school.TownshipName, RegistryLabels.Of(s.Stage).Chinese, s.Grade,
        RegistryLabels.YesNo(s.Boarding).Chinese, string.Join('、', s.Categories.Select(c => RegistryLabels.Of(c).Chinese)),
        RegistryLabels.YesNo(s.LeftBehind).Chinese,
        s.Disability is { } d ? $"{RegistryLabels.Of(d.Category).Chinese} {d.Grade}级" : RegistryLabels.YesNo(false).Chinese,
        RegistryLabels.Of(s.Status).Chinese, s.EnrolledOn,
    ];
}
