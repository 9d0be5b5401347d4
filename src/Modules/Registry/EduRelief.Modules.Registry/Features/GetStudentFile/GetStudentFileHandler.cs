using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.GetStudentFile;

internal sealed class GetStudentFileHandler(RegistryDbContext db, ICallerContext caller, CountyClock county) : IRequestHandler<GetStudentFileQuery, StudentFileResponse>
{
    public async Task<StudentFileResponse> Handle(GetStudentFileQuery request, CancellationToken cancellationToken)
    {
        // The summary is one row by the student's key: joined here, it costs no round trip of its own.
        var found = await (
                from s in db.WithSchool().Include(s => s.CategoryPeriods).Where(s => s.Id == request.StudentId)
                join f in db.FileSummaries on s.Id equals f.StudentId into summaries
                from f in summaries.DefaultIfEmpty()
                select new
                {
                    Student = s,
                    Summary = f == null ? null : new StudentFileSummaryResponse(f.EntryCount, f.AidTotal, f.LastEntryOn, f.ChangeCount, f.RefreshedAt),
                })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Student", request.StudentId.ToString());
        var student = found.Student;
        caller.EnsureCanSee(student);

        // Entries first: a set operation takes each column's mapping from its first query, and the amount's (kept as
        // fen) must come from the column itself, not from the changes' null.
        var lines = await db.FileEntries.AsNoTracking()
            .Where(e => e.StudentId == student.Id)
            .Select(e => new StudentFileLine
            {
                IsEntry = true, Id = e.Id, What = e.SourceModule, From = e.SourceReference, To = e.Kind, Title = e.Title, On = e.OccurredOn, Note = e.Details, Amount = e.Amount, RecordedAt = e.RecordedAt,
            })
            .Concat(db.StudentChanges.AsNoTracking()
                .Where(c => c.StudentId == student.Id)
                .Select(c => new StudentFileLine
                {
                    IsEntry = false, Id = c.Id, What = c.Field, From = c.OldValue, To = c.NewValue, Title = null, On = c.EffectiveOn, Note = c.Source, Amount = null, RecordedAt = c.RecordedAt,
                }))
            .ToListAsync(cancellationToken);
        var history = lines.Where(l => !l.IsEntry)
            .OrderBy(l => l.Id)
            .Select(l => new StudentChangeResponse(l.What, l.From, l.To, l.On, l.Note!, l.RecordedAt))
            .ToList();
        var entries = lines.Where(l => l.IsEntry)
            .OrderBy(l => l.On).ThenBy(l => l.Id)
            .Select(l => new StudentFileEntryResponse(l.What, l.From!, l.To!, l.Title!, l.On, l.Amount, l.Note, l.RecordedAt))
            .ToList();
        var periods = student.CategoryPeriods
            .OrderBy(p => p.StartedOn).ThenBy(p => p.Category)
            .Select(p => new CategoryPeriodResponse(p.Category, p.StartedOn, p.StartSource, p.EndedOn, p.EndSource))
            .ToList();
        return new StudentFileResponse(student.ToDto().MaskedFor(caller, county), found.Summary, periods, history, entries);
    }
}
