using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Registry.Features.CreateSchool;

/// <summary>Enumerations arrive as text so that an unknown value is reported against its field.</summary>
internal sealed record CreateSchoolCommand : ICommand<SchoolDto>
{
    public string? Code { get; init; }

    public string? Name { get; init; }

    public string? TownshipCode { get; init; }

    public string? Stage { get; init; }

    public string? Location { get; init; }

    public int? Classrooms { get; init; }
}
