using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Registry;

/// <summary>Every school, optionally of one township and/or stage.</summary>
public sealed record ListSchoolsQuery : IQuery<IReadOnlyList<SchoolDto>>
{
    public string? TownshipCode { get; init; }

    public Stage? Stage { get; init; }
}
