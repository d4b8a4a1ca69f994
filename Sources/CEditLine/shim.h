#ifndef CORO_CEDITLINE_SHIM_H
#define CORO_CEDITLINE_SHIM_H
#include <stdio.h>
#include <string.h>
#include <histedit.h>
#include <editline/readline.h>

/*
 * el_set() and history() are variadic, which Swift cannot call: these
 * wrappers give the few operations the prompt uses a fixed signature.
 */

/* The prompt libedit shows, set with coro_el_set_prompt_text(). */
static char coro_el_prompt_text[64] = ">>> ";

static inline char *coro_el_prompt(EditLine *el) {
  (void)el;
  return coro_el_prompt_text;
}

static inline int coro_el_use_prompt(EditLine *el) {
  return el_set(el, EL_PROMPT, coro_el_prompt);
}

static inline void coro_el_set_prompt_text(const char *text) {
  strncpy(coro_el_prompt_text, text, sizeof coro_el_prompt_text - 1);
  coro_el_prompt_text[sizeof coro_el_prompt_text - 1] = '\0';
}

static inline int coro_el_set_editor(EditLine *el, const char *mode) {
  return el_set(el, EL_EDITOR, mode);
}

static inline int coro_el_set_signal(EditLine *el, int handle) {
  return el_set(el, EL_SIGNAL, handle);
}

static inline int coro_el_set_history(EditLine *el, History *h) {
  return el_set(el, EL_HIST, history, h);
}

static inline int coro_el_set_getc(EditLine *el, el_rfunc_t fn) {
  return el_set(el, EL_GETCFN, fn);
}

static inline int coro_el_add_function(
    EditLine *el, const char *name, const char *help, unsigned char (*fn)(EditLine *, int)) {
  return el_set(el, EL_ADDFN, name, help, fn);
}

static inline int coro_el_bind(EditLine *el, const char *key, const char *command) {
  return el_set(el, EL_BIND, key, command, NULL);
}

/* Switches the terminal to libedit's editing mode (1) or back (0). */
static inline int coro_el_prep_term(EditLine *el, int on) {
  return el_set(el, EL_PREP_TERM, on);
}

static inline int coro_history_set_size(History *h, int size) {
  HistEvent event;
  return history(h, &event, H_SETSIZE, size);
}

static inline int coro_history_set_unique(History *h, int unique) {
  HistEvent event;
  return history(h, &event, H_SETUNIQUE, unique);
}

static inline int coro_history_enter(History *h, const char *line) {
  HistEvent event;
  return history(h, &event, H_ENTER, line);
}

static inline int coro_history_load(History *h, const char *path) {
  HistEvent event;
  return history(h, &event, H_LOAD, path);
}

static inline int coro_history_save(History *h, const char *path) {
  HistEvent event;
  return history(h, &event, H_SAVE, path);
}

#endif
