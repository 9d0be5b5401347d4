using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Web.Shared;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.Modules.Registry.Web.Students;

/// <summary>The student list as a CSV: the columns the list shows, with Chinese headers.</summary>
internal static class StudentCsv
{
    public static IReadOnlyList<string> Headers() =>
    [
        new UserText("身份证号", "National ID"), new UserText("姓名", "Name"), new UserText("学校", "School"),
        new UserText("乡镇", "Township"), new UserText("学段", "Stage"), new UserText("年级", "Grade"),
        new UserText("寄宿", "Boarding"), new UserText("困难类别", "Categories"), new UserText("留守", "Left behind"),
        new UserText("残疾", "Disabled"), new UserText("状态", "Status"), new UserText("入学日期", "Enrolled on"),
    ];

    public static IReadOnlyList<string?> Row(StudentDto s, PlaceNames places) =>
    [
        s.NationalId, s.Name, places.School(s.SchoolCode), places.Township(s.TownshipCode), RegistryLabels.Of(s.Stage),
        s.Grade.ToString(System.Globalization.CultureInfo.InvariantCulture), RegistryLabels.YesNo(s.Boarding),
        RegistryLabels.Categories(s.Categories), RegistryLabels.YesNo(s.LeftBehind),
        s.Disability is { } d ? $"{RegistryLabels.Of(d.Category)} {d.Grade}" : RegistryLabels.YesNo(false),
        RegistryLabels.Of(s.Status), s.EnrolledOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    ];
}
