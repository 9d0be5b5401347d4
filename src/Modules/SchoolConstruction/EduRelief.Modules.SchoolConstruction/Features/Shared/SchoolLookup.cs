using EduRelief.Contracts.Registry;
using EduRelief.Modules.SchoolConstruction.Domain;
using EduRelief.SharedKernel.Errors;
using MediatR;

namespace EduRelief.Modules.SchoolConstruction.Features.Shared;

/// <summary>A school named by a request, from the Registry's contract: unknown is a 400 naming the field, outside the caller's scope a 404.</summary>
internal static class SchoolLookup
{
    public static async Task<SchoolDto> RequireSchoolAsync(this IMediator mediator, string field, string code, CancellationToken cancellationToken)
    {
        var trimmed = code.Trim();
        return await mediator.Send(new GetSchoolQuery { SchoolCode = trimmed }, cancellationToken)
            ?? throw ValidationFailedException.For(field, ConstructionText.NoSchool(trimmed));
    }
}
