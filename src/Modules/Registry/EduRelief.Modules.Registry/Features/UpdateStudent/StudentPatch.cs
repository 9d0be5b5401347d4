using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.Registry.Features.UpdateStudent;

/// <summary>The checked form of an <see cref="UpdateStudentCommand"/>.</summary>
internal sealed record StudentPatch(
    IReadOnlyList<HardshipCategory>? Categories,
    bool DisabilityGiven,
    DisabilityCategory? DisabilityCategory,
    int? DisabilityGrade,
    StudentStatus? Status);
