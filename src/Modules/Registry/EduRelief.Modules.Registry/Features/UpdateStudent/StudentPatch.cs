using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Domain;

namespace EduRelief.Modules.Registry.Features.UpdateStudent;

/// <summary>The checked form of an <see cref="UpdateStudentCommand"/>.</summary>
internal sealed record StudentPatch(
    IReadOnlyList<HardshipCategory>? Categories,
    bool DisabilityGiven,
    DisabilityCategory? DisabilityCategory,
    int? DisabilityGrade,
    StudentStatus? Status,
    bool GuardianGiven = false,
    Guardian? Guardian = null,
    bool AccountGiven = false,
    PaymentAccount? Account = null);
