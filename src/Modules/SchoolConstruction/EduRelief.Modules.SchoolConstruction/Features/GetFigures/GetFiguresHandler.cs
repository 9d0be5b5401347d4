using EduRelief.Contracts.SchoolConstruction;
using EduRelief.Modules.SchoolConstruction.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SchoolConstruction.Features.GetFigures;

/// <summary>Every figure counted from the records in the caller's scope at the time asked (see <see cref="ConstructionFiguresDto"/> and <see cref="FigureRows"/>); none is stored.</summary>
internal sealed class GetFiguresHandler(FigureRows rows) : IRequestHandler<GetConstructionFiguresQuery, ConstructionFiguresDto>
{
    public async Task<ConstructionFiguresDto> Handle(GetConstructionFiguresQuery request, CancellationToken cancellationToken)
    {
        var year = request.Year;
        var dGrade = await rows.DGradeBuildingsAsync(year, cancellationToken);
        var equipment = await rows.LatestEquipmentAsync(year, cancellationToken);
        var counted = await rows.RuralClassroomsAsync(equipment, cancellationToken);
        return new ConstructionFiguresDto
        {
            Year = year,
            Investment = await rows.Spending(year).SumAsync(s => s.Amount, cancellationToken),
            SchoolsBuiltOrExpanded = await rows.BuiltOrExpanded(year).Select(p => p.SchoolCode).Distinct().CountAsync(cancellationToken),
            SeatsAdded = await rows.Completed(year).SumAsync(p => p.ActualSeats ?? 0, cancellationToken),
            DGradeArea = dGrade.Sum(b => b.FloorArea),
            DGradeBuildings = dGrade,
            MultimediaCoverage = Coverage.Rate(counted.Sum(c => c.MultimediaClassrooms), counted.Sum(c => c.Classrooms)),
            UncoveredClassrooms = counted.Where(c => c.Uncovered > 0).ToList(),
            OnlineClassrooms = equipment.Sum(e => e.OnlineClassrooms),
        };
    }
}
