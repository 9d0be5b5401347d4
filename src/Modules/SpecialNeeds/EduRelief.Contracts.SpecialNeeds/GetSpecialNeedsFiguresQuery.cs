using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.SpecialNeeds;

/// <summary>The year's special-education figures, counted from the records within the caller's scope (API.md, SpecialNeeds <c>/figures</c>).</summary>
public sealed record GetSpecialNeedsFiguresQuery(int Year) : IQuery<SpecialNeedsFiguresDto>;
