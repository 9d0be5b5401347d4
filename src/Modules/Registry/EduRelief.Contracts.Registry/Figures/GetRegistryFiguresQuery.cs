using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Registry;

/// <summary>The year's identification figures in the caller's scope, counted from the students' category history.</summary>
public sealed record GetRegistryFiguresQuery(int Year) : IQuery<RegistryFiguresDto>;
