using MediatR;

namespace EduRelief.Contracts.Registry;

/// <summary>One school by its code; null when there is none.</summary>
public sealed record GetSchoolQuery : IRequest<SchoolDto?>
{
    public required string SchoolCode { get; init; }
}
