using EduRelief.Contracts.Registry;
using EduRelief.Modules.SchoolConstruction.Domain;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.Modules.SchoolConstruction.Features.Shared;

/// <summary>The module's codes as the bureau says them, for the console and the exports' cells.</summary>
internal static class ConstructionLabels
{
    public static UserText Of(BuildingUse use) => use switch
    {
        BuildingUse.Teaching => new("教学用房", "Teaching"),
        BuildingUse.Dormitory => new("学生宿舍", "Dormitory"),
        BuildingUse.Canteen => new("食堂", "Canteen"),
        BuildingUse.Office => new("行政办公用房", "Office"),
        _ => new("其他", "Other"),
    };

    public static UserText Of(ProjectType type) => type switch
    {
        ProjectType.NewBuild => new("新建", "New build"),
        ProjectType.Expansion => new("改扩建", "Expansion"),
        ProjectType.Renovation => new("维修改造", "Renovation"),
        ProjectType.DangerousBuildingRemoval => new("危房拆除", "Dangerous-building removal"),
        _ => new("装备购置", "Equipment"),
    };

    public static UserText Of(ProjectStatus status) => status switch
    {
        ProjectStatus.Planned => new("计划", "Planned"),
        ProjectStatus.Approved => new("已立项", "Approved"),
        ProjectStatus.UnderConstruction => new("在建", "Under construction"),
        ProjectStatus.Completed => new("已竣工", "Completed"),
        _ => new("已验收", "Accepted"),
    };

    public static UserText Of(FundingSource source) => source switch
    {
        FundingSource.Central => new("中央资金", "Central"),
        FundingSource.Provincial => new("省级资金", "Provincial"),
        FundingSource.County => new("县级资金", "County"),
        _ => new("其他资金", "Other"),
    };

    public static UserText Of(SchoolLocation location) => location switch
    {
        SchoolLocation.Urban => new("城区", "Urban"),
        SchoolLocation.Town => new("镇区", "Town"),
        SchoolLocation.Rural => new("乡村", "Rural"),
        _ => new("偏远", "Remote"),
    };

    /// <summary>Where a building stands today: demolished, closed on the D list, appraisal overdue, or in use.</summary>
    public static UserText StateOf(bool closed, bool overdue, DateOnly? demolishedOn, string? demolishedBy) => (closed, overdue, demolishedOn) switch
    {
        (_, _, { } on) => new($"已拆除（{on:yyyy-MM-dd}，{demolishedBy}）", $"demolished ({on:yyyy-MM-dd}, {demolishedBy})"),
        (true, _, _) => new("D 级危房，停止使用", "D grade, closed"),
        (_, true, _) => new("鉴定逾期", "appraisal overdue"),
        _ => new("正常使用", "in use"),
    };
}
