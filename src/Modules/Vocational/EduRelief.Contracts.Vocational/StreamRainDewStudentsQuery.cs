using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Vocational;

/// <summary>
/// The students Rain-Dew (雨露计划) is for in a period (a term, or a year): each vocational enrolment active on some
/// day of it whose student was of a registered poor household on some day of it while enrolled, one per student,
/// read lazily. Enumerate it within the scope that sent the query.
/// </summary>
public sealed record StreamRainDewStudentsQuery : IQuery<IAsyncEnumerable<RainDewStudentDto>>
{
    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }
}
