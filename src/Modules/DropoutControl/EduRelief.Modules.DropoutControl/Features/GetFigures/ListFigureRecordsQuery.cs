using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.DropoutControl.Features.GetFigures;

/// <summary>The students behind one count of the year's figures (<see cref="FigureKey"/>).</summary>
internal sealed record ListFigureRecordsQuery(int? Year, string? Figure, int Page, int PageSize) : IQuery<PagedResult<FigureRecord>>;
