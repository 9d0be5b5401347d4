using EduRelief.SharedKernel.Figures;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Registry;

/// <summary>The students one identification figure counts, by the figure's own criteria and the caller's scope; one row each.</summary>
public sealed record GetRegistryFigureRecordsQuery(int Year, RegistryFigure Figure) : IQuery<FigureRecords>;
