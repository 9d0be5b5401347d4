using EduRelief.Contracts.TeacherSupport;
using MediatR;
using static EduRelief.Modules.Reporting.Domain.FigureKeys;

namespace EduRelief.Modules.Reporting.Sources;

internal sealed class TeacherFigures(IMediator mediator) : FigureSource<GetTeacherFiguresQuery, TeacherFiguresDto>(mediator)
{
    protected override IReadOnlyList<FigureRead<TeacherFiguresDto>> Reads { get; } =
    [
        // DOMAIN.md counts the rural teacher support plan's hires: those to rural or remote schools.
        new(TeachersRecruited, f => f.RuralTeachersRecruited, y => new GetTeacherFigureRecordsQuery(y, TeacherFigure.RuralTeachersRecruited)),
        new(TrainingPersonTimes, f => f.TrainingPersonTimes, y => new GetTeacherFigureRecordsQuery(y, TeacherFigure.TrainingPersonTimes)),
        new(PairingActivities, f => f.PairingActivities, y => new GetTeacherFigureRecordsQuery(y, TeacherFigure.PairingActivities)),
    ];

    protected override GetTeacherFiguresQuery QueryFor(int year) => new(year);
}
