import Foundation

extension ReportExtractor {
    /// Grade words as the reports print them, read into the CSV's lower-case values.
    enum Grades {
        static let vocabulary: Set<String> = [
            "outstanding", "good", "requires", "require", "improvement", "to", "be", "inadequate", "adequate", "not", "judged",
        ]
        static let core: Set<String> = [
            "outstanding", "good", "requires", "require", "improvement", "inadequate", "adequate", "judged",
        ]

        /// The letters-only words of `s`, lower case.
        static func words(_ s: String) -> [String] {
            s.lowercased().split { !$0.isLetter }.map(String.init)
        }

        /// Whether `s` is nothing but grade words: "Requires improvement to", "be good", "Good".
        static func isGradeText(_ s: String) -> Bool {
            guard !s.contains(where: \.isNumber) else { return false }
            let w = words(s)
            return !w.isEmpty && w.allSatisfy(vocabulary.contains) && w.contains(where: core.contains)
        }

        /// The grades `text` names, in order: "Requires Improvement to be good Good" ->
        /// ["requires improvement", "good"]. Words that are not grades are passed over.
        static func parse(_ text: String) -> [String] {
            let w = words(text)
            var out: [String] = []
            var i = 0
            while i < w.count {
                switch w[i] {
                case "outstanding", "good", "inadequate", "adequate":
                    out.append(w[i])
                case "requires", "require", "improvement":
                    out.append("requires improvement")
                    var j = i + 1
                    if w[i] != "improvement", j < w.count, w[j] == "improvement" { j += 1 }
                    // "to be good" is part of the grade's name, not a second grade.
                    if j < w.count, w[j] == "to" { j += 1 }
                    if j < w.count, w[j] == "be" {
                        j += 1
                        if j < w.count, w[j] == "good" { j += 1 }
                    }
                    i = j - 1
                case "not":
                    if i + 1 < w.count, w[i + 1] == "judged" {
                        out.append("not judged")
                        i += 1
                    }
                default:
                    break
                }
                i += 1
            }
            return out
        }
    }
}
