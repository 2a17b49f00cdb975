package dev.switchboard.ticket.intake.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.http.ProblemDetail;

/** One entry of a batch answer: {@code id} when the item was accepted, {@code problem} when not. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record BatchItemResult(int index, int status, String id, ProblemDetail problem) {
}
