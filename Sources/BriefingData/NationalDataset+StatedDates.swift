import BriefingModel
import Foundation

extension NationalDataset {
    /// The start date a report's own text states (its "Inspection dates" line), for a row of
    /// inspections.csv that gives none; nil when the row names no report, the file cannot be
    /// read, or its text states no dates.
    static func reportStart(_ reportFile: String, folder: String) -> FactDate? {
        let file = reportFile.trimmingCharacters(in: .whitespaces)
        guard !file.isEmpty,
            let data = try? BoundedFile.read((folder as NSString).appendingPathComponent(file), limit: BoundedFile.reportText)
                .get()
        else { return nil }
        // Only the stated dates: reading the whole report here would be done again for its page.
        let lines = ReportExtractor.Lines.split(String(decoding: data, as: UTF8.self))
        guard let start = ReportExtractor.DateRange.find(in: lines)?.start else {
            return nil
        }
        return FactDate(iso: start)
    }
}
