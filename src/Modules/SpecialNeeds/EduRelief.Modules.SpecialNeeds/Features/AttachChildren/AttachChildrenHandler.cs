using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SpecialNeeds.Features.AttachChildren;

/// <summary>Each national ID is looked up in the Registry (within the caller's scope): not a student, or not flagged left-behind, is a 400 naming it.</summary>
internal sealed class AttachChildrenHandler(SpecialNeedsDbContext db, IMediator mediator, ICallerContext caller, CountyClock county)
    : IRequestHandler<AttachChildrenCommand, HomeResponse>
{
    public async Task<HomeResponse> Handle(AttachChildrenCommand request, CancellationToken cancellationToken)
    {
        var home = await db.FindHomeAsync(request.HomeCode, caller, cancellationToken);
        var errors = new ValidationErrors();
        var students = new List<StudentDto>();
        var ids = request.NationalIds!.Select(n => SpecialNeedsInput.Normalized(n!)).ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            if (await mediator.Send(new GetStudentQuery { NationalId = ids[i] }, cancellationToken) is { } student)
            {
                students.Add(student);
            }
            else
            {
                errors.Add($"nationalIds[{i}]", SpecialNeedsText.NotAStudent(caller.Shown(ids[i])));
            }
        }

        errors.ThrowIfAny();
        home.Attach(students, county.Today);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Caused(ex))
        {
            // The same children were attached meanwhile: the home already holds them.
            db.ChangeTracker.Clear();
        }

        return HomeResponse.Of(await db.FindHomeAsync(request.HomeCode, caller, cancellationToken, tracked: false), caller);
    }
}
