using System.Text.Json.Serialization;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Registry.Features.RegisterStudent;

internal sealed record RegisterStudentCommand : ICommand<StudentDto>, IAudited
{
    [JsonIgnore]
    public string AuditRecords => $"school:{SchoolCode}";

    public string? NationalId { get; init; }

    public string? Name { get; init; }

    public string? SchoolCode { get; init; }

    public int? Grade { get; init; }

    public bool? Boarding { get; init; }

    public string? HouseholdId { get; init; }

    public IReadOnlyList<string>? Categories { get; init; }

    public bool? LeftBehind { get; init; }

    public DisabilityInput? Disability { get; init; }

    public GuardianInput? Guardian { get; init; }

    public AccountInput? Account { get; init; }

    public DateOnly? EnrolledOn { get; init; }

    public DateOnly? BirthDate { get; init; }
}
