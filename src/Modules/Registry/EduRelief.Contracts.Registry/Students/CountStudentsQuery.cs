using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Registry;

/// <summary>How many students match, within the caller's scope: counted by the database, for figures over the whole county.</summary>
public sealed record CountStudentsQuery : IQuery<int>
{
    public StudentCriteria Criteria { get; init; } = new();
}
