using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Reporting;

/// <summary>The records behind one figure of the summary (API.md, Reporting <c>/figures/{key}/records</c>), counted by the owning module's own definition in the caller's scope.</summary>
public sealed record GetFigureRecordsQuery(string Key, int Year) : IQuery<FigureRecordsDto>;
