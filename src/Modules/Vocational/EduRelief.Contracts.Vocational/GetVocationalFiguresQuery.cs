using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Vocational;

/// <summary>The year's vocational figures, counted from the records within the caller's scope (API.md, Vocational <c>/figures</c>).</summary>
public sealed record GetVocationalFiguresQuery(int Year) : IQuery<VocationalFiguresDto>;
