using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Registry;

/// <summary>One school by its code; null when there is none.</summary>
public sealed record GetSchoolQuery : IQuery<SchoolDto?>
{
    public required string SchoolCode { get; init; }
}
