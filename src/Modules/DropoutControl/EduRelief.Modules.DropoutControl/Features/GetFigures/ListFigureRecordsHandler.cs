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
internal sealed class ListFigureRecordsHandler(DropoutControlDbContext db, StudentCounts counts, ICallerContext caller, CountyClock county)
    : IRequestHandler<ListFigureRecordsQuery, PagedResult<FigureRecord>>
{
    public async Task<PagedResult<FigureRecord>> Handle(ListFigureRecordsQuery request, CancellationToken cancellationToken)
    {
        var year = request.Year!.Value;
        var day = Consolidation.CountingDay(year, county.Today);
        var figure = EnumCodes.Parse<FigureKey>(request.Figure!);
        var records = new List<FigureRecord>();
        if (figure is FigureKey.PersuadedReturns or FigureKey.OpenConfirmed)
        {
            var cases = db.Cases.AsNoTracking().InScope(caller.Scope);
            var chosen = figure == FigureKey.PersuadedReturns ? cases.Returned(year) : cases.OpenConfirmed(day);
            records.AddRange((await chosen.OrderBy(c => c.TownshipCode).ThenBy(c => c.DetectedOn).ThenBy(c => c.Id).ToListAsync(cancellationToken))
                .Select(c => new FigureRecord(c.StudentId, caller.Shown(c.NationalId), c.StudentName, c.TownshipCode, c.SchoolCode, c.Id)));
        }
        else
        {
            await counts.Walk(year, day, (student, inDenominator, inNumerator) =>
            {
                if (figure == FigureKey.EnrolledAtStart ? inDenominator : inNumerator)
                {
                    records.Add(new FigureRecord(student.StudentId, caller.Shown(student.NationalId), student.Name, student.TownshipCode, student.SchoolCode, null));
                }
            }, cancellationToken);
        }

        return new PagedResult<FigureRecord>
        {
            Items = records.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList(),
            Page = request.Page,
            PageSize = request.PageSize,
            Total = records.Count,
        };
    }
}
