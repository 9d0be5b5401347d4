using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Registry;

/// <summary>One school by its code; null when there is none, OutOfScopeException when it lies outside the caller's scope.</summary>
public sealed record GetSchoolQuery : IQuery<SchoolDto?>
{
    public required string SchoolCode { get; init; }
}
