using EduRelief.Contracts.Registry;
using EduRelief.Modules.Vocational.Domain;
using EduRelief.SharedKernel.Errors;
using MediatR;

namespace EduRelief.Modules.Vocational.Features.Shared;

/// <summary>Schools, townships and students named by a request, from the Registry's contracts: unknown is a 400 naming the field.</summary>
internal static class RegistryLookups
{
    public static async Task<SchoolDto> RequireVocationalSchoolAsync(this IMediator mediator, string field, string code, CancellationToken cancellationToken)
    {
        var trimmed = code.Trim();
        var school = await mediator.Send(new GetSchoolQuery { SchoolCode = trimmed }, cancellationToken)
            ?? throw ValidationFailedException.For(field, VocationalText.NoSchool(trimmed));
        return school.Stage == Stage.SecondaryVocational ? school : throw ValidationFailedException.For(field, VocationalText.NotVocational(trimmed));
    }

    public static async Task RequireTownshipAsync(this IMediator mediator, string field, string code, CancellationToken cancellationToken)
    {
        var townships = await mediator.Send(new ListTownshipsQuery(), cancellationToken);
        if (!townships.Any(t => t.Code == code))
        {
            throw ValidationFailedException.For(field, VocationalText.NoTownship(code));
        }
    }

    /// <summary>The registered student with this national ID, with whether their household is a registered poor one now.</summary>
    public static async Task<EnrollingStudent> RequireStudentAsync(this IMediator mediator, string field, string nationalId, CancellationToken cancellationToken)
    {
        var student = await mediator.Send(new GetStudentQuery { NationalId = nationalId }, cancellationToken)
            ?? throw ValidationFailedException.For(field, VocationalText.NoStudent(nationalId));
        return new EnrollingStudent(student.Id, nationalId, student.Name, student.Categories.Contains(HardshipCategory.RegisteredPoorHousehold));
    }
}
