using System.Runtime.CompilerServices;
using EduRelief.Contracts.Registry;
using EduRelief.Contracts.Subsidies;
using EduRelief.Contracts.Vocational;
using EduRelief.Modules.Subsidies.Catalogue;
using MediatR;

namespace EduRelief.Modules.Subsidies.Features.Shared;

/// <summary>
/// The students a programme is for in a period, read lazily from the module that knows them: Rain-Dew's from
/// Vocational's enrolments (ADR 0025), every other programme's from the Registry by the programme's rule.
/// </summary>
internal static class EligibleStudents
{
    public static async Task<IAsyncEnumerable<EligibleStudent>> StreamEligibleAsync(this IMediator mediator, ProgrammeCode programme, DateRange period, CancellationToken cancellationToken)
    {
        if (programme == ProgrammeCode.RainDew)
        {
            var enrolled = await mediator.Send(new StreamRainDewStudentsQuery { From = period.From, To = period.To }, cancellationToken);
            return Keep(enrolled, _ => true, EligibleStudent.Of, cancellationToken);
        }

        var students = await mediator.Send(new StreamStudentsQuery { Criteria = EligibilityRules.CriteriaFor(programme, period) }, cancellationToken);
        return Keep(students, s => EligibilityRules.Applies(programme, s), EligibleStudent.Of, cancellationToken);
    }

    private static async IAsyncEnumerable<EligibleStudent> Keep<T>(IAsyncEnumerable<T> students, Func<T, bool> keep, Func<T, EligibleStudent> shape, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var student in students.WithCancellation(cancellationToken))
        {
            if (keep(student))
            {
                yield return shape(student);
            }
        }
    }
}
