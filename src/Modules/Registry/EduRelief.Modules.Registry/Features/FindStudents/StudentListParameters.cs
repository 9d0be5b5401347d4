using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Domain;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Registry.Features.FindStudents;

/// <summary>
/// The query string of <c>GET /api/registry/students</c>. <c>hardshipYear</c> selects students who held any hardship
/// category at some time in that year (the identified poor students of the year); <c>compulsory=true</c> those at
/// primary and junior secondary schools.
/// </summary>
internal sealed record StudentListParameters(
    string? NationalId,
    string? SchoolCode,
    string? TownshipCode,
    string? Stage,
    string? Category,
    bool? LeftBehind,
    bool? Disabled,
    string? Status,
    string? Sort = null,
    int? HardshipYear = null,
    bool? Compulsory = null)
{
    /// <summary>The order asked for (<c>sort=name|school|grade</c>); the list order when none.</summary>
    public StudentOrder ToOrder(ValidationErrors errors) => errors.Enum<StudentOrder>("sort", Sort, required: false) ?? StudentOrder.ListOrder;

    public StudentCriteria ToCriteria(ValidationErrors errors)
    {
        var stage = errors.Enum<Stage>("stage", Stage, required: false);
        var category = errors.Enum<HardshipCategory>("category", Category, required: false);
        var status = errors.Enum<StudentStatus>("status", Status, required: false);
        errors.Range("hardshipYear", HardshipYear, 2000, 2100);
        IReadOnlyList<Stage>? stages = stage is { } s ? [s] : null;
        if (Compulsory is true)
        {
            if (stage is { } one && !CompulsoryStages.All.Contains(one))
            {
                errors.Add("stage", new UserText($"学段 {one} 不属于义务教育（compulsory=true）", $"stage {one} is not a compulsory stage (compulsory=true)"));
            }

            stages ??= CompulsoryStages.All;
        }

        return new StudentCriteria
        {
            NationalId = NationalId,
            SchoolCode = SchoolCode,
            TownshipCode = TownshipCode,
            Stages = stages,
            AnyCategory = category is { } c ? [c] : null,
            LeftBehind = LeftBehind,
            Disabled = Disabled,
            Status = status,
            HardshipActiveDuring = HardshipYear is { } year and >= 2000 and <= 2100 ? new DateRange { From = new DateOnly(year, 1, 1), To = new DateOnly(year, 12, 31) } : null,
        };
    }
}
