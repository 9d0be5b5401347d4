using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Registry.Features.FindStudents;

/// <summary>The query string of <c>GET /api/registry/students</c>.</summary>
internal sealed record StudentListParameters(
    string? NationalId,
    string? SchoolCode,
    string? TownshipCode,
    string? Stage,
    string? Category,
    bool? LeftBehind,
    bool? Disabled,
    string? Status,
    string? Sort = null)
{
    /// <summary>The order asked for (<c>sort=name|school|grade</c>); the list order when none.</summary>
    public StudentOrder ToOrder(ValidationErrors errors) => errors.Enum<StudentOrder>("sort", Sort, required: false) ?? StudentOrder.ListOrder;

    public StudentCriteria ToCriteria(ValidationErrors errors)
    {
        var stage = errors.Enum<Stage>("stage", Stage, required: false);
        var category = errors.Enum<HardshipCategory>("category", Category, required: false);
        var status = errors.Enum<StudentStatus>("status", Status, required: false);
        return new StudentCriteria
        {
            NationalId = NationalId,
            SchoolCode = SchoolCode,
            TownshipCode = TownshipCode,
            Stages = stage is { } s ? [s] : null,
            AnyCategory = category is { } c ? [c] : null,
            LeftBehind = LeftBehind,
            Disabled = Disabled,
            Status = status,
        };
    }
}
