package org.ecosystemgraph.api.review;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ecosystemgraph.api.security.OperatorLogin;
import org.ecosystemgraph.importer.dataset.Dataset;
import org.ecosystemgraph.importer.dataset.DatasetException;
import org.ecosystemgraph.importer.read.UnreadableDocument;
import org.ecosystemgraph.model.OrganizationKind;
import org.ecosystemgraph.model.Sector;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The review page's calls: upload, read, save, import; every write with the operator's login. */
@RestController
@RequestMapping("/review/api")
@ConditionalOnProperty(name = "kg.review.enabled", matchIfMissing = true)
class ReviewController {

    private final Drafts drafts;
    private final OperatorLogin operator;
    private final ReviewProperties properties;

    ReviewController(Drafts drafts, OperatorLogin operator, ReviewProperties properties) {
        this.drafts = drafts;
        this.operator = operator;
        this.properties = properties;
    }

    /** Who to log in as, and the generated password for this application's own page on this machine. */
    @GetMapping("/login")
    ResponseEntity<Map<String, Object>> login(
            HttpServletRequest request, @RequestHeader(name = "Sec-Fetch-Site", required = false) String site) {
        var password = properties.autoLogin()
                ? operator.handedOut(request, site).map(login -> login.password())
                : java.util.Optional.<String>empty();
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(password.<Map<String, Object>>map(p -> Map.of("user", operator.user(), "password", p))
                        .orElse(Map.of("user", operator.user())));
    }

    /** The sectors and kinds a reviewer picks from. */
    @GetMapping("/vocabulary")
    Map<String, List<String>> vocabulary() {
        return Map.of(
                "sectors", Arrays.stream(Sector.values()).map(Enum::name).toList(),
                "kinds",
                        Arrays.stream(OrganizationKind.values()).map(Enum::name).toList());
    }

    @GetMapping("/documents")
    List<Map<String, Object>> documents() {
        return drafts.list();
    }

    @PostMapping("/documents")
    ResponseEntity<Draft> upload(
            HttpServletRequest request,
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "id", required = false) String id)
            throws IOException {
        requireOperator(request);
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        return ResponseEntity.status(HttpStatus.CREATED).body(drafts.add(name, file.getBytes(), id));
    }

    @GetMapping("/documents/{id}")
    Draft draft(@PathVariable String id) {
        return drafts.draft(id);
    }

    @PutMapping("/documents/{id}/dataset")
    Draft save(HttpServletRequest request, @PathVariable String id, @RequestBody Dataset dataset) {
        requireOperator(request);
        return drafts.save(id, dataset);
    }

    @PostMapping("/documents/{id}/import")
    Map<String, Object> importDocument(HttpServletRequest request, @PathVariable String id) {
        requireOperator(request);
        return drafts.importDocument(id);
    }

    private void requireOperator(HttpServletRequest request) {
        if (!operator.isOperator(request)) {
            throw new NotOperator();
        }
    }

    /** A write without the operator's login. */
    static final class NotOperator extends RuntimeException {
        NotOperator() {
            super("Writing needs the operator's login: the database user and password (HTTP Basic)");
        }
    }

    @ExceptionHandler(NotOperator.class)
    ResponseEntity<Map<String, Object>> notOperator(NotOperator e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header("WWW-Authenticate", "Basic realm=\"ecosystem-graph review\"")
                .body(Map.of("problems", List.of(e.getMessage())));
    }

    @ExceptionHandler(UnreadableDocument.class)
    ResponseEntity<Map<String, Object>> unreadable(UnreadableDocument e) {
        return ResponseEntity.unprocessableEntity().body(Map.of("problems", List.of(e.getMessage())));
    }

    @ExceptionHandler(DatasetException.class)
    ResponseEntity<Map<String, Object>> invalid(DatasetException e) {
        return ResponseEntity.badRequest().body(Map.of("problems", e.problems()));
    }

    @ExceptionHandler(Drafts.NoSuchDraft.class)
    ResponseEntity<Map<String, Object>> missing(Drafts.NoSuchDraft e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("problems", List.of(e.getMessage())));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> badInput(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("problems", List.of(e.getMessage())));
    }
}
