using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.DropoutControl;

/// <summary>The year's dropout-control figures, counted from the records within the caller's scope (API.md, DropoutControl <c>/figures</c>).</summary>
public sealed record GetDropoutFiguresQuery(int Year) : IQuery<DropoutFiguresDto>;
