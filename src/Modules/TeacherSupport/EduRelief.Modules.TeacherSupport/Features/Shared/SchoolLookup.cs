using EduRelief.Contracts.Registry;
using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.SharedKernel.Errors;
using MediatR;

namespace EduRelief.Modules.TeacherSupport.Features.Shared;

/// <summary>A school named by a request, from the Registry's contract: unknown is a 400 naming the field, outside the caller's scope a 404.</summary>
internal static class SchoolLookup
{
    public static async Task<PostedSchool> RequireSchoolAsync(this IMediator mediator, string field, string code, CancellationToken cancellationToken)
    {
        var trimmed = code.Trim();
        var school = await mediator.Send(new GetSchoolQuery { SchoolCode = trimmed }, cancellationToken)
            ?? throw ValidationFailedException.For(field, TeacherText.NoSchool(trimmed));
        return PostedSchool.Of(school);
    }
}
