using EduRelief.Contracts.Registry;
using EduRelief.Modules.DropoutControl.Data;
using EduRelief.Modules.DropoutControl.Domain;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.DropoutControl.Features.GetFigures;

/// <summary>The records behind a figure, by the same definitions as the figure (<see cref="FigureCases"/>, <see cref="StudentCounts"/>).</summary>
internal sealed class ListFigureRecordsHandler(DropoutControlDbContext db, StudentCounts counts, IMediator mediator, ICallerContext caller, CountyClock county)
    : IRequestHandler<ListFigureRecordsQuery, PagedResult<FigureRecord>>
{
    public async Task<PagedResult<FigureRecord>> Handle(ListFigureRecordsQuery request, CancellationToken cancellationToken)
    {
        var year = request.Year!.Value;
        var day = Consolidation.CountingDay(year, county.Today);
        var figure = EnumCodes.Parse<FigureKey>(request.Figure!);
        if (figure is FigureKey.PersuadedReturns or FigureKey.OpenConfirmed)
        {
            var cases = db.Cases.AsNoTracking().InScope(caller.Scope);
            var chosen = (figure == FigureKey.PersuadedReturns ? cases.Returned(year) : cases.OpenConfirmed(day))
                .OrderBy(c => c.TownshipCode).ThenBy(c => c.DetectedOn).ThenBy(c => c.Id);
            var found = await chosen.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
            return new PagedResult<FigureRecord>
            {
                Items = found.Select(c => new FigureRecord(c.StudentId, caller.Shown(c.NationalId), c.StudentName, c.TownshipCode, c.SchoolCode, c.Id)).ToList(),
                Page = request.Page,
                PageSize = request.PageSize,
                Total = await chosen.CountAsync(cancellationToken),
            };
        }

        var (enrolledAtStart, droppedNotReturned) = await counts.CriteriaAsync(year, day, cancellationToken);
        var students = await mediator.Send(
            new FindStudentsQuery { Criteria = figure == FigureKey.EnrolledAtStart ? enrolledAtStart : droppedNotReturned, Page = request.Page, PageSize = request.PageSize },
            cancellationToken);
        return new PagedResult<FigureRecord>
        {
            Items = students.Items.Select(s => new FigureRecord(s.Id, caller.Shown(s.NationalId), s.Name, s.TownshipCode, s.SchoolCode, null)).ToList(),
            Page = students.Page,
            PageSize = students.PageSize,
            Total = students.Total,
        };
    }
}
