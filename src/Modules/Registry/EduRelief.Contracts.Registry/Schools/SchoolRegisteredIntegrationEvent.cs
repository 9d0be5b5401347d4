using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Registry;

/// <summary>A school was added to the county's register.</summary>
public sealed record SchoolRegisteredIntegrationEvent : IIntegrationEvent
{
    public required Guid EventId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required string SchoolCode { get; init; }

    public required string Name { get; init; }

    public required string TownshipCode { get; init; }

    public required SchoolLocation Location { get; init; }

    public required int Classrooms { get; init; }
}
