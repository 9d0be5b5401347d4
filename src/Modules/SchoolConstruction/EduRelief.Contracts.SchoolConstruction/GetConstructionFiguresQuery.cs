using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.SchoolConstruction;

/// <summary>The year's construction figures, counted from the records within the caller's scope (API.md, SchoolConstruction <c>/figures</c>).</summary>
public sealed record GetConstructionFiguresQuery(int Year) : IQuery<ConstructionFiguresDto>;
