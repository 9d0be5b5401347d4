using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.DropoutControl.Features.GetFigures;

/// <summary>A student in the consolidation rate's denominator, its numerator, or both.</summary>
internal sealed record CountedStudent(StudentStatusHistoryDto Student, bool EnrolledAtStart, bool DroppedNotReturned);
